import type { RequestChannel } from './core/model'
import { attributesFromForm } from './core/attributes'
import type { RequestInput } from './intake'

/**
 * One reading of a report for every door: Open311's field names (`service_code`, `address_string`,
 * `attribute[code]`, `first_name`…) are also the form's and the JSON API's, so an app, the site and
 * a script send the same thing.
 */
export const requestInputFrom = (
  values: Record<string, unknown>,
  channel: RequestChannel,
): Omit<RequestInput, 'req'> => ({
  serviceCode: values.service_code ?? values.serviceCode,
  serviceId: values.service,
  answers: attributesFromForm(values),
  description: values.description,
  lat: values.lat,
  long: values.long,
  addressString: values.address_string ?? values.addressString,
  // `address` is the admin's relationship field (an id from the register's search).
  addressId: values.address_id ?? values.addressId ?? values.address,
  email: values.email,
  firstName: values.first_name ?? values.firstName,
  lastName: values.last_name ?? values.lastName,
  phone: values.phone,
  textUpdates: values.text_updates ?? values.textUpdates,
  language: values.language ?? values.locale,
  mediaUrl: values.media_url,
  channel,
})
