// The core (server/src/core) is pure: no editor, protocol or Node APIs. Its tsconfig maps those
// module names here, so any use of them from the core fails to compile.
export declare const THE_CORE_MUST_NOT_IMPORT_EDITOR_PROTOCOL_OR_NODE_APIS: unique symbol;
