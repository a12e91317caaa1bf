/**
 * A path on this site to return to after signing in: "/" then anything but a second slash or a
 * backslash (browsers read "//x" and "/\x" as another host), with no control characters.
 */
export const isSafeReturnPath = (path: string): boolean =>
  path.length <= 2000 &&
  /^\/(?![/\\])/.test(path) &&
  [...path].every((character) => {
    const code = character.charCodeAt(0);
    return code > 0x1f && code !== 0x7f;
  });
