import {apiBasePath, authorizedFetch} from './auth'

const basePath = apiBasePath(3000)

export function getCalendar(dateFrom, dateTo) {
  const params = new URLSearchParams({
    dateFrom: dateFrom.toISOString(),
    dateTo: dateTo.toISOString(),
  })
  return authorizedFetch(`${basePath}/trainer/calendar?${params}`)
}

export function makeHourAvailable(hour) {
  return authorizedFetch(`${basePath}/trainer/calendar/make-hour-available`, {
    method: 'PUT',
    body: JSON.stringify({hours: [hour]}),
  })
}

export function makeHourUnavailable(hour) {
  return authorizedFetch(`${basePath}/trainer/calendar/make-hour-unavailable`, {
    method: 'PUT',
    body: JSON.stringify({hours: [hour]}),
  })
}
