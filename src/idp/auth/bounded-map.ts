/**
 * A Map that forgets its oldest entries beyond a fixed size. Captchas, QR tokens and reset codes
 * are created by anonymous requests, so their stores must not grow without limit.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    // Re-inserting moves the key to the newest position.
    super.delete(key);
    super.set(key, value);
    while (this.size > this.limit) {
      const oldest = this.keys().next();
      if (oldest.done) break;
      super.delete(oldest.value);
    }
    return this;
  }
}
