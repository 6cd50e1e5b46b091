/**
 * Largest software catalog (GDMF pmv JSON) read; the real feed is a few MB. Here, not in apple/gdmf, because the front
 * ends check a catalog path at load time and the layers below them must not import the compiler.
 */
export const MAX_CATALOG_BYTES = 64 * 1024 * 1024;
