package vn.tdkt.exchange;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a kind sees of the import it applies: the sending installation, the package, the one it
 * replaces, and the bookkeeping of which records the sender owns here.
 */
public final class ImportScope {
    private final ExchangeRepository repository;
    private final String owner;
    private final String packageId;
    private final Optional<String> replaced;

    ImportScope(ExchangeRepository repository, String owner, String packageId, Optional<String> replaced) {
        this.repository = repository;
        this.owner = owner;
        this.packageId = packageId;
        this.replaced = replaced;
    }

    /** The sending installation's UUID. */
    public String owner() {
        return owner;
    }

    /** Records of {@code entity} the replaced package brought; empty for a first package. */
    public Set<String> previouslyOwned(String entity) {
        return replaced.map(id -> repository.recordsOf(id, entity)).orElse(Set.of());
    }

    /** Which of these records came from an import, and from which installation; local records are absent. */
    public Map<String, String> owners(String entity, Collection<String> ids) {
        return repository.owners(entity, ids);
    }

    /** Every record of {@code entity} that any import brought. */
    public Set<String> imported(String entity) {
        return repository.importedIds(entity);
    }

    /** From now on these records belong to the sender, through this package. */
    public void own(String entity, Collection<String> ids) {
        if (!ids.isEmpty()) {
            repository.own(entity, ids, owner, packageId);
        }
    }

    /** These records were dropped by the sender and have been removed here. */
    public void forget(String entity, Collection<String> ids) {
        if (!ids.isEmpty()) {
            repository.forget(entity, ids);
        }
    }

    void deletePeople(Collection<String> ids) {
        if (!ids.isEmpty()) {
            repository.deletePeople(ids);
        }
    }

    void deleteUnit(String id) {
        repository.deleteUnit(id);
    }
}
