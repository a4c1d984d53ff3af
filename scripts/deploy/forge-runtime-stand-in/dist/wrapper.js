'use strict';
// Stand-in for Forge's runtime wrapper (see ../README.md): calls a handler with its payload and context.
module.exports.invoke = async function invoke(handler, payload, context) {
  return handler(payload, context);
};
