"""A Redis cache that degrades to "no cache" when Redis is down (used when REDIS_URL is
set). Kept apart from ``portal.cache`` because Django may load a cache backend before the
apps (and their models) are ready."""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Per Redis location, shared by the threads of a process (Django builds one cache object
# per thread): until when Redis is not tried, and when the last warning was logged.
_down_until: dict[str, float] = {}
_last_warning: dict[str, float] = {}


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, except that an unreachable Redis is a cache miss (reads) or a
    no-op (writes) instead of an error page. The first failure is logged, then at most one
    warning a minute; for ``RETRY_AFTER`` seconds after a failure Redis is not even tried,
    so a dead server costs no timeout per request."""

    RETRY_AFTER = 5.0
    LOG_EVERY = 60.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._location = str(server)

    def _try(self, fallback, call, *args):
        if time.monotonic() < _down_until.get(self._location, 0.0):
            return fallback
        try:
            return call(*args)
        except (RedisError, OSError) as error:
            self._failed(error)
            return fallback

    def _failed(self, error) -> None:
        now = time.monotonic()
        _down_until[self._location] = now + self.RETRY_AFTER
        last = _last_warning.get(self._location)
        if last is None or now - last >= self.LOG_EVERY:
            _last_warning[self._location] = now
            logger.warning("Redis cache unreachable (%s): serving without cache for now.", error)

    def get(self, key, default=None, version=None):
        return self._try(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._try({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._try(False, super().has_key, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._try(None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(list(data), super().set_many, data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(False, super().add, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._try(False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        self._try(None, super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        # Callers of incr() already handle a missing key (ValueError): Redis down is one.
        value = self._try(None, super().incr, key, delta, version)
        if value is None:
            raise ValueError(f"Key '{key}' not found (Redis unreachable).")
        return value

    def clear(self):
        return self._try(False, super().clear)
