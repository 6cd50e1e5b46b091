#!/usr/bin/env node
'use strict';
// Launcher for the compiled CLI (built by `npm ci` through the prepare script, or `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'provider', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('applemdm: not built yet. Run `npm ci` (or `npm run build`) in ' + path.dirname(__dirname) + '\n');
  process.exit(1);
}
require(entry).main(process.argv).then((code) => { process.exitCode = code; });
