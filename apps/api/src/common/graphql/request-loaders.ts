import DataLoader from 'dataloader';

/**
 * Per-request DataLoader cache, created with the GraphQL context. Features ask for a loader by name
 * and supply its factory on first use, so common/ needs to know nothing about them.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create() as unknown as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }
}
