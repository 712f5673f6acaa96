import Foundation
import XCTest

/// The records screen in the real binary: a shop's history (a unit with three camera faults, a
/// session given up, one escalated) read back, a 95016 case followed up to its outcome, and
/// today's care asked for on home until it is ticked.
final class RecordsScreenEndToEndTests: XCTestCase {
  /// GRDB's own text form of a date: UTC, milliseconds.
  private func stamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
    return formatter.string(from: date)
  }

  /// Sessions on the sample store's unit 10420001, `daysAgo` days back.
  private func history() -> String {
    var lines: [String] = []
    func session(_ id: String, _ start: String, _ outcome: String, _ step: String, daysAgo: Double)
    {
      let started = Date().addingTimeInterval(-daysAgo * 86_400)
      let at = stamp(started)
      let end = stamp(started.addingTimeInterval(300))
      lines.append(
        #"{"table":"sessions","row":{"id":"\#(id)","guideID":"scan-selfcheck","symptom":"\#(start)","startedAt":"\#(at)","updatedAt":"\#(end)","finishedAt":"\#(end)","outcome":"\#(outcome)","outcomeStep":"\#(step)","terminalID":"10420001","operatorID":"01","merchantNumber":"822581054110001"}}"#
      )
      if step.hasPrefix("verdict.") || outcome == "escalated" {
        let verdict = step.hasPrefix("verdict.") ? step : "verdict.camera-broken"
        lines.append(
          #"{"table":"verdicts","row":{"sessionID":"\#(id)","position":3,"verdict":"\#(verdict)","terminalID":"10420001","startedAt":"\#(at)"}}"#
        )
      }
    }
    session("cam1", "no-response", "not-resolved", "verdict.camera-broken", daysAgo: 20)
    session("cam2", "no-response", "not-resolved", "verdict.camera-broken", daysAgo: 9)
    session("cam3", "no-response", "escalated", "escalate.after-sales", daysAgo: 2)
    session("gave-up", "light-no-read", "abandoned", "read.light", daysAgo: 1)
    return lines.joined(separator: "\n") + "\n"
  }

  func test_historyFollowUpAndCare_endToEnd() throws {
    let session = try TmuxSession()
    let file = session.dataDirectory + "/history.jsonl"
    try Data(history().utf8).write(to: URL(fileURLWithPath: file))
    try session.run("'\(TmuxSession.binary)' records import '\(file)'; echo \"EXIT=$?\"")
    try session.waitFor(text: "EXIT=0")
    try session.run("clear")
    try session.startConsole()
    try session.waitFor(all: ["今天的维护还没做：擦扫码窗，结算，导出记录", "0-8 选择"])

    // The history: the unit to replace, and each start's results.
    try session.send("8")
    let records = try session.waitFor(all: [
      "8 记录与跟进", "终端 10420001：30 天内 3 次硬件故障，请申请换机",
      "打 95016，报商户号 822581054110001、终端号 10420001",
      "按扫码后没有任何反应：共 3 次，解决 0，转客服 1", "摄像头灯亮了，但读不出码：共 1 次，解决 0，转客服 0，放弃 1",
      "没有未结案件",
    ])
    XCTAssertTrue(records.contains("☐ 擦扫码窗（每天）"), records)

    // A case handed to 95016 now: saved on the escalation screen, open on the records.
    try session.send("Escape")
    try session.waitFor(text: "0-8 选择")
    try session.send("5")
    try session.waitFor(text: "95016")
    try session.send("4")
    try session.waitFor(text: "交接单已保存到")
    try session.send("Escape")
    try session.waitFor(text: "0-8 选择")
    try session.send("8")
    try session.waitFor(all: ["转 95016 的未结案件：1 件", "还没有工单号"])
    for _ in 0..<5 { try session.send("Down") }
    try session.waitFor(text: "T 工单号")
    try session.send("T")
    try session.waitFor(text: "95016 工单号：")
    try session.send("T20261204-0042", "Enter")
    try session.waitFor(text: "工单 T20261204-0042")
    try session.send("Enter")
    try session.waitFor(all: ["1 我们自己修好了", "2 终端已寄修", "3 已换新机", "4 商户状态已改"])
    try session.send("2")
    try session.waitFor(all: ["转 95016 的未结案件：0 件", "没有未结案件"])

    // Today's care ticked: home stops asking.
    for _ in 0..<5 { try session.send("Up") }
    try session.send("Enter")
    try session.waitFor(text: "☑ 擦扫码窗（每天）")
    try session.send("Down", "Enter")
    try session.waitFor(text: "☑ 结算（每天）")
    try session.send("Down", "Enter")
    try session.waitFor(text: "☑ 导出当天记录（每天）")
    try session.send("Escape")
    try session.waitFor("home without the care notice") {
      $0.contains("0-8 选择") && !$0.contains("今天的维护还没做")
    }
  }
}
