import {apiBasePath, authorizedFetch} from './auth'

const basePath = apiBasePath(3001)

export function getTrainings() {
  return authorizedFetch(`${basePath}/trainings`).then(resp => resp.trainings || [])
}

export function scheduleTraining(notes, time) {
  return authorizedFetch(`${basePath}/trainings`, {
    method: 'POST',
    body: JSON.stringify({notes, time}),
  })
}

export function cancelTraining(trainingUUID) {
  return authorizedFetch(`${basePath}/trainings/${trainingUUID}`, {method: 'DELETE'})
}

export function rescheduleTraining(trainingUUID, notes, time) {
  return authorizedFetch(`${basePath}/trainings/${trainingUUID}/reschedule`, {
    method: 'PUT',
    body: JSON.stringify({notes, time}),
  })
}

export function approveReschedule(trainingUUID) {
  return authorizedFetch(`${basePath}/trainings/${trainingUUID}/approve-reschedule`, {method: 'PUT'})
}
