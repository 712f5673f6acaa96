import Model

/// The signature box on the LCD: `#` ink, `.` paper, the pen shown as `+` (down) or
/// `o` (lifted), with the pen's state under it so the cashier knows what Space does.
func drawSignaturePad(
  _ pad: SignaturePad, row: Int, col: Int, width: Int, into canvas: inout Canvas
) {
  let indent = max(0, (width - pad.width) / 2)
  for y in 0..<pad.height {
    var line = ""
    for x in 0..<pad.width {
      if x == pad.cursorX && y == pad.cursorY {
        line += pad.penDown ? "+" : "o"
      } else {
        line += pad.isInked(x: x, y: y) ? "#" : "."
      }
    }
    canvas.put(line, row: row + y, col: col + indent, role: .deviceScreen, limit: col + width)
  }
}
