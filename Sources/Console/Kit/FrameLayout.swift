/// How one frame is split: title, body, notice lines, the training bar and the key
/// line, top to bottom. Each part has its own rows, so nothing covers an error: a
/// store problem, the ASCII notice and the TRAINING bar are all visible at once.
struct FrameLayout: Equatable, Sendable {
  var title: Rect
  var body: Rect
  /// One row per notice, in the order given to `init`.
  var notices: [Rect]
  var trainingBar: Rect?
  var keyLine: Rect

  /// The frame for `size` with `noticeCount` notice rows and, in training, the bar.
  /// The body keeps at least a third of the rows; notices beyond that are not given rows.
  init(size: ScreenSize, noticeCount: Int, training: Bool) {
    let whole = Rect(row: 0, col: 0, width: size.width, height: size.height)
    let (titleRect, belowTitle) = whole.splitTop(1)
    let (aboveKeys, keyRect) = belowTitle.splitBottom(1)
    let (aboveBar, barRect) = aboveKeys.splitBottom(training ? 1 : 0)
    let room = max(0, aboveBar.height - max(1, size.height / 3))
    let (bodyRect, noticeRect) = aboveBar.splitBottom(min(noticeCount, room))
    title = titleRect
    body = bodyRect
    keyLine = keyRect
    trainingBar = training ? barRect : nil
    notices = (0..<noticeRect.height).map {
      Rect(row: noticeRect.row + $0, col: 0, width: size.width, height: 1)
    }
  }
}
