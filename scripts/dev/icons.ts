/**
 * Regenerates the site's bitmap icons from static/img/favicon.svg, drawn by the
 * system Chromium (the same renderer the browser tests use):
 *
 *   static/favicon.ico               16, 32 and 48 px (PNG images in an ICO container)
 *   static/img/apple-touch-icon.png  180 px, opaque (iOS rounds the corners itself)
 *   static/img/icon-192.png          192 px   } web manifest icons
 *   static/img/icon-512.png          512 px   }
 *
 * The generated files are committed: run this after changing favicon.svg.
 *
 *   npx tsx scripts/dev/icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium} from '../chromium';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const svgFile = path.join(siteDir, 'static/img/favicon.svg');

/** The icon files, their pixel sizes and whether transparency is kept. */
export const ICONS = {
  ico: {file: 'static/favicon.ico', sizes: [16, 32, 48]},
  appleTouch: {file: 'static/img/apple-touch-icon.png', size: 180},
  manifest: [
    {file: 'static/img/icon-192.png', size: 192},
    {file: 'static/img/icon-512.png', size: 512},
  ],
} as const;

/**
 * An ICO file holding PNG images (the format every browser and Windows since
 * Vista reads): a 6-byte header, one 16-byte entry per image, then the images.
 */
export function icoFromPngs(images: {size: number; png: Buffer}[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const {size, png} of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 = 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main(): Promise<void> {
  const svg = fs.readFileSync(svgFile, 'utf8');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({deviceScaleFactor: 1});
    const render = async (size: number, opaque: boolean): Promise<Buffer> => {
      await page.setViewportSize({width: size, height: size});
      // The SVG as an image, scaled to the square; the white square behind it for opaque icons.
      const background = opaque ? '#ffffff' : 'transparent';
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:${background}"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      return page.screenshot({clip: {x: 0, y: 0, width: size, height: size}, omitBackground: !opaque, type: 'png'});
    };
    const write = (file: string, data: Buffer) => {
      fs.writeFileSync(path.join(siteDir, file), data);
      console.log(`${file}: ${data.length} octets`);
    };
    const icoImages = [];
    for (const size of ICONS.ico.sizes) icoImages.push({size, png: await render(size, false)});
    write(ICONS.ico.file, icoFromPngs(icoImages));
    write(ICONS.appleTouch.file, await render(ICONS.appleTouch.size, true));
    for (const {file, size} of ICONS.manifest) write(file, await render(size, false));
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
