/** Writes the seeded benchmark CSV (see generate.mjs). */
export function generateCsv(path: string, rows: number, seed?: number): Promise<void>
