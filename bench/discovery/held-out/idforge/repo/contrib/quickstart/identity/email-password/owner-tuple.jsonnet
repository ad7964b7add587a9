// Body for the registration web hook: makes the new identity the owner of
// its own profile object in the permissions service.
function(ctx) {
  namespace: 'Profile',
  object: ctx.identity.id,
  relation: 'owners',
  subject_id: ctx.identity.id,
}
