import Model

/// The lookup form: a prompt and one field.
func drawLookupForm(_ form: LookupForm, _ context: ScreenContext, into canvas: inout Canvas) {
  let language = context.language
  drawPrompt(UIText.lookupPrompt(language), into: &canvas)
  drawField(
    UIText.lookupField(language), form.number, focused: true, row: EscalationLayout.fieldRow,
    labelWidth: nil, into: &canvas)
}

/// The code-jumping form: a prompt and the three fields, the focused one marked.
func drawSlipForm(_ form: SlipForm, _ context: ScreenContext, into canvas: inout Canvas) {
  let language = context.language
  drawPrompt(UIText.slipPrompt(language), into: &canvas)
  let labels: [(SlipFormField, UIText)] = [
    (.registered, .slipRegistered), (.slip, .slipOnSlip), (.terminal, .slipTerminal),
  ]
  let labelWidth = labels.map { DisplayWidth.of($0.1(language)) }.max() ?? 0
  for (index, (field, label)) in labels.enumerated() {
    drawField(
      label(language), form[field], focused: form.focus == field,
      row: EscalationLayout.fieldRow + index,
      labelWidth: labelWidth, into: &canvas)
  }
}

/// The form's prompt on rows 2 and 3, wrapped.
private func drawPrompt(_ prompt: String, into canvas: inout Canvas) {
  let width = canvas.width - 4
  for (offset, line) in TextLayout.wrap(prompt, width: width).prefix(2).enumerated() {
    canvas.putFitted(line, row: 2 + offset, col: 2, width: width, role: .dim)
  }
}

/// One labelled field; a refused character is drawn in the error style.
private func drawField(
  _ label: String, _ field: TextField, focused: Bool, row: Int, labelWidth: Int?,
  into canvas: inout Canvas
) {
  canvas.put(focused ? "▶" : " ", row: row, col: 2, role: .menuSelected)
  let padded = labelWidth.map { TextLayout.pad(label, to: $0) } ?? label
  var col = canvas.put(padded + " ", row: row, col: 4, role: focused ? .menu : .dim)
  col = canvas.put("[", row: row, col: col, role: .frame)
  let limit = canvas.width - 3
  for (index, character) in field.text.enumerated() {
    let role: StyleRole = field.badPosition == index + 1 ? .error : .accent
    col = canvas.put(String(character), row: row, col: col, role: role, limit: limit)
  }
  if focused { col = canvas.put("_", row: row, col: col, role: .menuSelected, limit: limit) }
  canvas.put("]", row: row, col: min(col, limit), role: .frame)
}
