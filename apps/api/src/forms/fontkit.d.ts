// fontkit is pdfkit's own font engine (a dependency of pdfkit, without published types). We only
// parse a font once with it and hand the parsed font to pdfkit, which accepts any object with layout().
declare module 'fontkit' {
  export interface Font {
    layout(text: string): unknown;
    glyphsForString(text: string): unknown[];
    postscriptName: string;
  }
  export function create(buffer: Uint8Array): Font;
}
