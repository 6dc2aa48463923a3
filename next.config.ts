import type { NextConfig } from 'next';

// A fully static site: `next build` writes every page to out/, which any static host serves.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: false,
  images: { unoptimized: true },
  reactStrictMode: true,
};

export default nextConfig;
