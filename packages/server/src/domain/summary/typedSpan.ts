/** Part of a customer's message, copied as typed, and where it starts. */
export interface TypedSpan {
  index: number;
  value: string;
}
