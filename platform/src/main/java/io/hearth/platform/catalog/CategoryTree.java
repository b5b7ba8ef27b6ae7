package io.hearth.platform.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Walks a tenant's categories, loaded as one flat list. Pure. */
final class CategoryTree {

    static final Comparator<Category> ORDER = Comparator.comparingInt((Category c) -> c.sortOrder).thenComparing(c -> c.code);

    private CategoryTree() {
    }

    /** {@code rootId} and every category below it. */
    static Set<UUID> subtree(Collection<Category> all, UUID rootId) {
        Set<UUID> found = new HashSet<>(Set.of(rootId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Category c : all) {
                if (c.parentId != null && found.contains(c.parentId) && found.add(c.id)) {
                    grew = true;
                }
            }
        }
        return found;
    }

    /** Categories that are enabled and whose ancestors all are: what customers may see. */
    static Set<UUID> visible(Collection<Category> all) {
        Map<UUID, Category> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id, c));
        Set<UUID> visible = new HashSet<>();
        for (Category c : all) {
            if (enabledUpToRoot(c, byId)) {
                visible.add(c.id);
            }
        }
        return visible;
    }

    private static boolean enabledUpToRoot(Category c, Map<UUID, Category> byId) {
        Set<UUID> seen = new HashSet<>();
        for (Category at = c; at != null; at = at.parentId == null ? null : byId.get(at.parentId)) {
            if (!at.enabled || !seen.add(at.id)) {
                return false;
            }
        }
        return true;
    }

    /** The visible categories as a tree, children in their order. */
    static <T> List<T> tree(Collection<Category> all, Set<UUID> visible, BuildNode<T> build) {
        return children(all, visible, null, build);
    }

    interface BuildNode<T> {
        T node(Category c, List<T> children);
    }

    private static <T> List<T> children(Collection<Category> all, Set<UUID> visible, UUID parentId, BuildNode<T> build) {
        List<T> out = new ArrayList<>();
        all.stream().filter(c -> Objects.equals(c.parentId, parentId) && visible.contains(c.id)).sorted(ORDER)
                .forEach(c -> out.add(build.node(c, children(all, visible, c.id, build))));
        return out;
    }
}
