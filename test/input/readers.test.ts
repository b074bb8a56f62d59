import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/input/errors.js';
import { documentKind } from '../../src/input/readers.js';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);

describe('which reader', () => {
  it('goes by the bytes before the name', () => {
    expect(documentKind('-', Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(documentKind('saved.txt', Buffer.from('%PDF-1.4\n'))).toBe('pdf');
    expect(documentKind('report.doc', ZIP)).toBe('docx');
    expect(documentKind('report.docx', OLE)).toBe('doc');
    expect(documentKind('a.pdf', Buffer.concat([Buffer.from('junk\n'), Buffer.from('%PDF-1.4\n')]))).toBe('pdf');
    // a .docx on stdin: a zip that names the Word document part
    expect(documentKind('-', Buffer.concat([ZIP, Buffer.from('word/document.xml')]))).toBe('docx');
    expect(documentKind('-', ZIP)).toBeNull();
  });

  it('leaves text alone, even when it quotes a PDF header or is a zip named .txt', () => {
    expect(documentKind('a.txt', Buffer.from('文件头是 %PDF-1.4 的文件'))).toBeNull();
    expect(documentKind('a.txt', ZIP)).toBeNull();
    expect(documentKind('a.html', Buffer.from('<p>投资860万元</p>'))).toBeNull();
  });

  it('says what a misnamed document really is', () => {
    const msg = (path: string, buf: Buffer) => {
      try {
        documentKind(path, buf);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as Error).message;
      }
      return null;
    };
    expect(msg('a.pdf', Buffer.from('<!DOCTYPE html><html>'))).toBe('not a PDF (it is an HTML page)');
    expect(msg('a.doc', Buffer.from('{\\rtf1\\ansi'))).toBe('not a Word .doc file (it is an RTF file)');
    expect(msg('a.docx', Buffer.alloc(0))).toBe('not a Word .docx file (the file is empty)');
  });
});
