/** Turns an SVG document into a PNG by drawing it on a canvas: vector in, sharp pixels out at any scale. */

/** Draws `svg` (`width` × `height` CSS pixels) at `scale` times its size and encodes it as PNG. */
export async function rasteriseSvg(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  // A blob: URL, which the page's Content-Security-Policy allows for images, and which keeps the SVG
  // same-origin so the canvas stays readable.
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
