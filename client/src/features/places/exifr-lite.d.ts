/** exifr's lite build has the full build's API for what it parses (JPEG, HEIC, TIFF; EXIF and GPS). */
declare module 'exifr/dist/lite.esm.mjs' {
  export * from 'exifr';
}
