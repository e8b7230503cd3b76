/** The part of path-browserify (Node's `path`, POSIX flavour) the web modules use. */
declare module 'path-browserify' {
  export function resolve(...paths: string[]): string;
  export function basename(p: string): string;
}
