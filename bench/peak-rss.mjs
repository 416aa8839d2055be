// Loaded with `node --import`: writes the process's peak resident set size (MB)
// to the file named by MODELGATE_PEAK_RSS_FILE when the process exits.
import { writeFileSync } from 'node:fs'

const file = process.env.MODELGATE_PEAK_RSS_FILE
if (file)
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)))
