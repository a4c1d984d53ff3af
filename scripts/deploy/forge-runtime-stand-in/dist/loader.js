'use strict';
// Stand-in for Forge's runtime loader (see ../README.md): resolves "module.export" to a function.
const path = require('path');

module.exports.loadHandler = function loadHandler(bundleDir, handler) {
  const dot = handler.lastIndexOf('.');
  const moduleName = handler.slice(0, dot);
  const exportName = handler.slice(dot + 1);
  const loaded = require(path.join(bundleDir, `${moduleName}.cjs`));
  return loaded[exportName];
};
