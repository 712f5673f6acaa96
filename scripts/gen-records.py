#!/usr/bin/env python3
"""A year of self-check records for one or many stores, as `pos-console records export
--format json` writes them (JSON Lines), for `pos-console records import`, the stats tests and
the stats benchmark.

The mix is what the source article and DOMAIN.md describe: most failures are optical (a dirty
window, light, glare) or the customer's code; some are the network or the host; a few are the
unit. About one session in ten is escalated to 95016 and one in eleven abandoned. In every store
one unit (terminal 9SSSSS01) gets three camera verdicts in the last 30 days, so it must be
flagged for replacement, and operator 03 gives up more often and starts at the wrong start.

  scripts/gen-records.py [--stores N] [--sessions N] [--end YYYY-MM-DD] [--seed N] [--answers]
"""
import argparse
import datetime as dt
import json
import random
import sys

STARTS = [  # start, weight, [(verdict, weight, median seconds)]
    ("light-no-read", 40, [("verdict.lens-dirty", 45, 70), ("verdict.low-light", 20, 80),
                           ("verdict.glare", 10, 80), ("verdict.scan-technique", 10, 90),
                           ("verdict.code-damaged", 5, 120), ("verdict.camera-broken", 0.3, 400),
                           ("verdict.scan-settings", 5, 200)]),
    ("payment-fails", 25, [("verdict.code-expired", 30, 60), ("verdict.network-down", 15, 240),
                           ("verdict.weak-signal", 20, 200), ("verdict.firewall", 5, 500),
                           ("verdict.server-maintenance", 10, 300),
                           ("verdict.merchant-risk-hold", 5, 700),
                           ("verdict.customer-password", 15, 90)]),
    ("no-response", 15, [("verdict.flat-battery", 40, 300), ("verdict.restart-fixed", 30, 150),
                         ("verdict.camera-broken", 1, 500), ("verdict.device-fault", 1, 600),
                         ("verdict.wrong-key", 10, 120)]),
    ("some-codes-fail", 10, [("verdict.unsupported-code", 50, 90), ("verdict.firmware-old", 30, 500),
                             ("verdict.code-expired", 20, 60)]),
    ("all-fail", 10, [("verdict.network-down", 40, 240), ("verdict.card-permission-off", 20, 600),
                      ("verdict.merchant-risk-hold", 20, 700),
                      ("verdict.server-maintenance", 20, 300)]),
]
ESCALATES = {"verdict.camera-broken": "escalate.after-sales",
             "verdict.device-fault": "escalate.after-sales",
             "verdict.merchant-risk-hold": "escalate.customer-service",
             "verdict.card-permission-off": "escalate.customer-service"}
FIRST_STEP = {"light-no-read": "read.window", "payment-fails": "fail.message",
              "no-response": "noresp.screen", "some-codes-fail": "some.pattern",
              "all-fail": "all.card-message"}
ABANDON_AT = {"light-no-read": ["read.light", "read.code", "read.hold"],
              "payment-fails": ["fail.message", "net.status", "restart.try"],
              "no-response": ["device.charge", "restart.device"],
              "some-codes-fail": ["some.pattern", "code.enter"],
              "all-fail": ["all.card-message", "net.status"]}


def stamp(moment):
    """GRDB's own text form of a date: UTC, milliseconds."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.") + f"{moment.microsecond // 1000:03d}"


def line(table, row, out):
    out.write(json.dumps({"table": table, "row": row}, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")


def pick(rng, choices):
    total = sum(c[1] for c in choices)
    x = rng.uniform(0, total)
    for choice in choices:
        x -= choice[1]
        if x <= 0:
            return choice
    return choices[-1]


def store(rng, number, sessions, end, answers, out):
    store_id = f"S{number:04d}"
    merchant = f"8225810541{number:05d}"
    terminals = [f"9{number:05d}{unit:02d}" for unit in range(1, 4)]
    start_day = end - dt.timedelta(days=365)
    case_number = 0
    moments = sorted(start_day + dt.timedelta(seconds=rng.uniform(0, 365 * 86400))
                     for _ in range(sessions))
    # The unit that keeps failing: three camera verdicts in the last 30 days.
    repeat = {len(moments) - 1 - k for k in (0, 3, 7)} if len(moments) >= 8 else set()
    for index, started in enumerate(moments):
        operator = f"0{rng.randint(1, 5)}"
        terminal = rng.choice(terminals)
        symptom, _, verdicts = pick(rng, STARTS)
        verdict, _, median = pick(rng, verdicts)
        if index in repeat:
            terminal, symptom, verdict, median = terminals[0], "no-response", "verdict.camera-broken", 500
            started = end - dt.timedelta(days=rng.uniform(1, 28))
        roll = rng.random()
        give_up = 0.20 if operator == "03" else 0.08
        if index in repeat or (verdict in ESCALATES and roll < 0.7):
            outcome, step = "escalated", ESCALATES.get(verdict, "escalate.customer-service")
        elif roll < give_up:
            outcome, step = "abandoned", rng.choice(ABANDON_AT[symptom])
        elif roll < give_up + 0.03:
            outcome, step = "not-resolved", verdict
        else:
            outcome, step = "resolved", verdict
        seconds = max(15.0, rng.lognormvariate(0, 0.5) * median)
        finished = started + dt.timedelta(seconds=seconds)
        sid = f"{store_id}-{index:06d}"
        version = "2026.06" if started < end - dt.timedelta(days=180) else "2026.10"
        line("sessions", {"id": sid, "guideID": "scan-selfcheck", "symptom": symptom,
                          "startedAt": stamp(started), "updatedAt": stamp(finished),
                          "finishedAt": stamp(finished), "outcome": outcome,
                          "outcomeStep": step, "guideVersion": version, "terminalID": terminal,
                          "operatorID": operator, "storeID": store_id,
                          "merchantNumber": merchant}, out)
        if outcome != "abandoned":
            line("verdicts", {"sessionID": sid, "position": 1, "verdict": verdict,
                              "terminalID": terminal, "startedAt": stamp(started)}, out)
        if answers:
            for position, answered in enumerate([FIRST_STEP[symptom], verdict]):
                line("answers", {"sessionID": sid, "position": position, "stepID": answered,
                                 "response": "{\"option\":{\"_0\":0}}",
                                 "answeredAt": stamp(started + dt.timedelta(seconds=seconds * (position + 1) / 2))},
                     out)
        # Operator 03 often gives up at one start and finds it at another minutes later.
        if operator == "03" and outcome == "abandoned" and rng.random() < 0.5:
            later = started + dt.timedelta(seconds=rng.uniform(60, 600))
            other = next(s for s in STARTS if s[0] != symptom)
            other_verdict = pick(rng, other[2])[0]
            line("sessions", {"id": sid + "b", "guideID": "scan-selfcheck", "symptom": other[0],
                              "startedAt": stamp(later), "updatedAt": stamp(later + dt.timedelta(seconds=90)),
                              "finishedAt": stamp(later + dt.timedelta(seconds=90)),
                              "outcome": "resolved", "outcomeStep": other_verdict,
                              "guideVersion": version, "terminalID": terminal, "operatorID": operator,
                              "storeID": store_id, "merchantNumber": merchant}, out)
            line("verdicts", {"sessionID": sid + "b", "position": 1, "verdict": other_verdict,
                              "terminalID": terminal, "startedAt": stamp(later)}, out)
        if outcome == "escalated":
            case_number += 1
            closed = rng.random() < 0.9 and finished < end - dt.timedelta(days=2)
            line("cases", {"id": f"{store_id}-case-{case_number:05d}", "sessionID": sid,
                           "openedAt": stamp(finished), "storeID": store_id, "terminalID": terminal,
                           "merchantNumber": merchant, "operatorID": operator,
                           "summary": f"{symptom} → {verdict}",
                           "ticket": f"T{finished:%Y%m%d}{case_number:04d}" if closed else None,
                           "told": "寄修" if closed else None,
                           "ticketAt": stamp(finished + dt.timedelta(hours=1)) if closed else None,
                           "outcome": rng.choice(["sent-for-repair", "fixed-by-us", "replaced",
                                                  "merchant-status-changed"]) if closed else None,
                           "closedAt": stamp(finished + dt.timedelta(days=rng.uniform(1, 5))) if closed else None}, out)
    for day in range(365):
        morning = start_day + dt.timedelta(days=day, hours=1, minutes=rng.randint(0, 50))
        for item, odds, every in [("wipe-window", 0.85, 1), ("settle", 0.95, 1),
                                  ("export-records", 0.5, 1), ("cable-and-charger", 0.7, 7),
                                  ("firmware-version", 0.7, 7)]:
            if day % every == 0 and rng.random() < odds:
                line("care", {"item": item, "doneAt": stamp(morning), "operatorID": "01"}, out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stores", type=int, default=1)
    parser.add_argument("--sessions", type=int, default=5000, help="sessions per store in the year")
    parser.add_argument("--end", default=dt.datetime.utcnow().strftime("%Y-%m-%d"),
                        help="the year ends at the start of this day, UTC (default: today)")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--answers", action="store_true", help="also write two answers a session")
    args = parser.parse_args()
    end = dt.datetime.strptime(args.end, "%Y-%m-%d")
    rng = random.Random(args.seed)
    out = sys.stdout
    for number in range(1, args.stores + 1):
        store(rng, number, args.sessions, end, args.answers, out)


if __name__ == "__main__":
    main()
