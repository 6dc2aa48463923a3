// The static server of `npm start` and the browser tests: out/ with the production headers (out/serve.json), clean
// URLs and gzip, through serve-handler as the `serve` CLI does. An unknown address gets 404.html; under /zh-hant/
// it gets the Traditional edition's own 404 page, out/zh-hant/404.html (deploy/nginx.conf routes it the same way).
import { createReadStream, promises as fs, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import compression from 'compression';
import handler from 'serve-handler';

const out = path.resolve(import.meta.dirname, '../out');
const port = Number(process.env.PORT ?? 3000);
const config = { ...JSON.parse(readFileSync(path.join(out, 'serve.json'), 'utf8')), public: out, etag: true };
const compress = promisify(compression());

// serve-handler answers every 404 with <public>/404.html: under /zh-hant that file is read from zh-hant/.
const notFound = path.join(out, '404.html');
const traditionalNotFound = path.join(out, 'zh-hant/404.html');
const traditional = {
  lstat: (file) => fs.lstat(file === notFound ? traditionalNotFound : file),
  createReadStream: (file, options) => createReadStream(file === notFound ? traditionalNotFound : file, options),
};
const isTraditional = (url = '/') => url === '/zh-hant' || url.startsWith('/zh-hant/') || url.startsWith('/zh-hant?');

http
  .createServer((request, response) => {
    compress(request, response)
      .then(() => handler(request, response, config, isTraditional(request.url) ? traditional : {}))
      .catch((error) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
  })
  .listen(port, '127.0.0.1', () => console.log(`serve: http://127.0.0.1:${port}/ (out/)`));
