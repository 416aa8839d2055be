/** The tool version written into every evidence record; a test keeps it equal to package.json. */
export const TOOL_VERSION = '0.1.0'
