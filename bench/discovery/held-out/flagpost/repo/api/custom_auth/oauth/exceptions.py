class OAuthError(Exception):
    pass


class GoogleAuthError(OAuthError):
    pass
