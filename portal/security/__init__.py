"""Security pieces that are settings plus middleware, not an app: the Content-Security-Policy
chosen by path, the Permissions-Policy header and the client address behind the proxy."""
