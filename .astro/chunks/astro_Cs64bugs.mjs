import 'piccolore';
import './astro/server_CYDbQRlG.mjs';
import 'clsx';
