import type { APIRoute, GetStaticPaths } from 'astro'

import { ICON_FILES, iconResponse } from '../../views/appManifest'

export const getStaticPaths: GetStaticPaths = () =>
  ICON_FILES.map((icon) => ({ params: { icon: icon.name }, props: icon }))

export const GET: APIRoute = ({ props }) => iconResponse(props.size, props.maskable)
