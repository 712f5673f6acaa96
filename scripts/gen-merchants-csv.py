#!/usr/bin/env python3
"""Writes a merchant CSV of ROWS rows to PATH for the import benchmarks: 15-digit numbers,
one name in 50 quoted with a comma, one row in ten with two terminals.
    scripts/gen-merchants-csv.py ROWS PATH"""
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
regions = ["1000", "2900", "5810", "5840", "3310", "3010", "6510", "5210", "4510", "7910",
           "1100", "6530", "2210", "3910", "4910", "5510"]
mccs = ["5411", "5812", "7011", "5311", "5499", "5541", "5912", "5814", "5999", "7230",
        "5732", "5691", "8062", "4121", "7299", "5942"]
statuses = ["normal"] * 97 + ["risk_hold"] * 2 + ["frozen"]
with open(path, "w", encoding="utf-8") as f:
    f.write("merchant_number,name,mcc,region,terminals,methods,status\n")
    for i in range(rows):
        region = regions[(i // 10000) % len(regions)]
        mcc = mccs[(i // (10000 * len(regions))) % len(mccs)]
        number = f"822{region}{mcc}{i % 10000:04d}"
        name = f"测试商户{i:07d}" if i % 50 else f"\"测试商户{i:07d}, 分店\""
        terminals = f"{30000000 + 2 * i};{30000000 + 2 * i + 1}" if i % 10 == 0 else f"{30000000 + 2 * i}"
        methods = "card" if i % 25 == 0 else "scan;card"
        f.write(f"{number},{name},,,{terminals},{methods},{statuses[i % 100]}\n")
