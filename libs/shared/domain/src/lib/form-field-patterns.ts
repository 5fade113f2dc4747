/**
 * The `pattern` of a text field: a JavaScript regular expression the whole value must match (like
 * HTML's pattern attribute), checked when an administrator saves the field and compiled once per use.
 */

export function compilePattern(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return null;
  }
}

/** True when `pattern` is a usable regular expression (for validating a field definition). */
export function isValidPattern(pattern: string): boolean {
  return compilePattern(pattern) !== null;
}

/**
 * False for a pattern with a repeated group that itself repeats, like `(a+)+` or `(\\w*\\s?)*`: the
 * shape behind catastrophic backtracking, which would let one form value stall the server.
 */
export function isSafePattern(pattern: string): boolean {
  const groups: boolean[] = []; // per open group: does it contain a repetition?
  let repeated = false; // the atom just closed was a group containing a repetition
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      repeated = false;
    } else if (c === '[') {
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      repeated = false;
    } else if (c === '(') {
      groups.push(false);
      repeated = false;
    } else if (c === ')') {
      repeated = groups.pop() ?? false;
      if (repeated && groups.length) groups[groups.length - 1] = true;
    } else if (c === '*' || c === '+' || (c === '{' && /^\{\d*,?\d*\}/.test(pattern.slice(i)))) {
      if (repeated) return false;
      if (groups.length) groups[groups.length - 1] = true;
    } else {
      repeated = false;
    }
  }
  return true;
}
