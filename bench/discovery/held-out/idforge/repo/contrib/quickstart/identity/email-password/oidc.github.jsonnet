local claims = {
  email_verified: false,
} + std.extVar('claims');

{
  identity: {
    traits: {
      // Allowing unverified email addresses enables account
      // enumeration attacks, especially if the value is used for
      // e.g. verification or as a password login identifier.
      [if 'email' in claims && claims.email_verified then 'email' else null]: claims.email,
      name: {
        first: if 'name' in claims then claims.name else '',
      },
    },
  },
}
