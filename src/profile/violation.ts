/** One data value that broke a rule of the data schema, where it was found. Lines are 1-based. */
export interface Violation {
  file: string
  line: number
  column: string
  value: string
  rule: string
  message: string
}
