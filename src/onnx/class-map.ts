/**
 * Class labels by value. A classifier's label output holds label values, not
 * class indexes: skl2onnx emits the training labels themselves ("no"/"yes",
 * or 1/2/3), so G1 maps them, and the holdout's label column, through the
 * classes declared in ssot/model.json (in the order of the probability
 * columns) to class indexes 0..K-1. `1` and `"1"` are the same label: labels
 * are compared by their text, and a numeric cell ("1.0") also matches an
 * integer class (1) by value.
 */
export class ClassMap {
  private readonly byText: Map<string, number>
  private readonly byNumber = new Map<number, number>()
  private readonly byBigInt = new Map<bigint, number>()

  constructor(readonly names: readonly string[]) {
    this.byText = new Map(names.map((n, i) => [n, i]))
    names.forEach((n, i) => {
      if (!/^[+-]?\d+$/.test(n)) return
      this.byNumber.set(Number(n), i)
      this.byBigInt.set(BigInt(n), i)
    })
  }

  get size(): number {
    return this.names.length
  }

  /** Index of a value from the model's label output, or -1 when it is not a declared class. */
  ofOutput(value: string | number | bigint): number {
    if (typeof value === 'string') return this.byText.get(value) ?? -1
    if (typeof value === 'bigint') return this.byBigInt.get(value) ?? -1
    return this.byNumber.get(value) ?? this.byText.get(String(value)) ?? -1
  }

  /** Index of a holdout cell: its exact text, else its numeric value for integer classes; -1 when unknown. */
  ofCell(text: string): number {
    const exact = this.byText.get(text)
    if (exact !== undefined) return exact
    if (this.byNumber.size === 0) return -1
    const trimmed = text.trim()
    if (trimmed === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return -1
    return this.byNumber.get(Number(trimmed)) ?? -1
  }

  /** The declared classes, for messages: `"no", "yes"`. */
  describe(): string {
    return this.names.map((n) => JSON.stringify(n)).join(', ')
  }
}
