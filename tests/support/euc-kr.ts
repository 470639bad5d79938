/**
 * Test helper: encodes text as EUC-KR (Node's TextEncoder only writes UTF-8).
 * Builds the inverse of TextDecoder('euc-kr') for the two-byte range once.
 */
let table: Map<string, number[]> | undefined;

function inverseTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('euc-kr');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

export function encodeEucKr(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = inverseTable().get(char);
      if (!pair) throw new Error(`not encodable in EUC-KR: ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
