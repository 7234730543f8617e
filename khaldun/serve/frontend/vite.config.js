import { defineConfig } from "vite";

// The build lands in khaldun/serve/static/, which FastAPI serves at "/".
export default defineConfig({
  base: "/",
  build: {
    outDir: "../static",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: { input: { main: "index.html", article: "article.html" } },
  },
  server: {
    proxy: { "/events": "http://127.0.0.1:8000", "/articles": "http://127.0.0.1:8000",
             "/config": "http://127.0.0.1:8000", "/labels": "http://127.0.0.1:8000" },
  },
});
