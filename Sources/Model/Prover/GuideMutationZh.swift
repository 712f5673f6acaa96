/// The Chinese a mutation writes into a guide copy: a `meanwhile` that names no way to pay.
enum GuideMutationZh {
  static let followTheSteps = "按步骤检查。"
}
