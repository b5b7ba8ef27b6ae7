package io.hearth.platform.catalog;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The category tree of the current tenant, for its staff. */
@ApplicationScoped
@Transactional
public class CategoryService {

    @Inject
    CategoryRepository categories;

    @Inject
    ServiceItemRepository items;

    @Inject
    CatalogCache cache;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogDto.Category> list() {
        return categories.listAll(Sort.by("sortOrder").and("code")).stream().map(CatalogDto.Category::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogDto.Category get(UUID id) {
        return CatalogDto.Category.of(require(id));
    }

    public CatalogDto.Category create(CatalogDto.CategoryInput in) {
        Map<String, CatalogDto.NamedText> texts = CatalogLocales.checked(in.texts());
        requireParent(in.parentId());
        requireCodeFree(in.code(), null);
        Category c = new Category();
        c.id = UUID.randomUUID();
        c.parentId = in.parentId();
        c.code = in.code();
        c.sortOrder = in.sortOrder() != null ? in.sortOrder() : nextSortOrder(in.parentId());
        c.enabled = in.enabled() == null || in.enabled();
        c.texts = texts;
        c.createdAt = c.updatedAt = Instant.now();
        categories.persist(c);
        return changed(c);
    }

    public CatalogDto.Category update(UUID id, CatalogDto.CategoryInput in) {
        Category c = require(id);
        Map<String, CatalogDto.NamedText> texts = CatalogLocales.checked(in.texts());
        requireParent(in.parentId());
        requireCodeFree(in.code(), id);
        if (in.parentId() != null && descendantsAndSelf(id).contains(in.parentId())) {
            throw new ApiException(422, "catalog-category-cycle");
        }
        if (!Objects.equals(c.parentId, in.parentId())) {
            c.sortOrder = in.sortOrder() != null ? in.sortOrder() : nextSortOrder(in.parentId());
        } else if (in.sortOrder() != null) {
            c.sortOrder = in.sortOrder();
        }
        c.parentId = in.parentId();
        c.code = in.code();
        if (in.enabled() != null) {
            c.enabled = in.enabled();
        }
        c.texts = texts;
        return changed(c);
    }

    public CatalogDto.Category setEnabled(UUID id, boolean enabled) {
        Category c = require(id);
        c.enabled = enabled;
        return changed(c);
    }

    /** Gives the children of one parent the order listed; the list must name each child exactly once. */
    public List<CatalogDto.Category> reorder(CatalogDto.Reorder in) {
        requireParent(in.parentId());
        List<Category> children = in.parentId() == null ? categories.list("parentId is null")
                : categories.list("parentId", in.parentId());
        Set<UUID> childIds = new HashSet<>(children.stream().map(c -> c.id).toList());
        if (in.ids().size() != childIds.size() || !childIds.equals(new HashSet<>(in.ids()))) {
            throw new ApiException(422, "catalog-reorder-mismatch");
        }
        Instant now = Instant.now();
        for (Category c : children) {
            c.sortOrder = in.ids().indexOf(c.id);
            c.updatedAt = now;
        }
        cache.invalidateAfterCommit(TenantContext.require());
        return in.ids().stream().map(id -> children.stream().filter(c -> c.id.equals(id)).findFirst().orElseThrow())
                .map(CatalogDto.Category::of).toList();
    }

    public void delete(UUID id) {
        Category c = require(id);
        if (categories.count("parentId", id) > 0) {
            throw ApiException.conflict("catalog-category-has-children", c.code);
        }
        long itemCount = items.count("categoryId", id);
        if (itemCount > 0) {
            throw ApiException.conflict("catalog-category-has-items", c.code, itemCount);
        }
        categories.delete(c);
        cache.invalidateAfterCommit(TenantContext.require());
    }

    public CatalogDto.Category putText(UUID id, String locale, CatalogDto.NamedText text) {
        Category c = require(id);
        c.texts = CatalogLocales.with(c.texts, locale, text);
        return changed(c);
    }

    public CatalogDto.Category deleteText(UUID id, String locale) {
        Category c = require(id);
        c.texts = CatalogLocales.without(c.texts, locale);
        return changed(c);
    }

    /** The category and all below it (a tenant has tens of categories: one query, walked in memory). */
    Set<UUID> descendantsAndSelf(UUID id) {
        return CategoryTree.subtree(categories.listAll(), id);
    }

    private CatalogDto.Category changed(Category c) {
        c.updatedAt = Instant.now();
        cache.invalidateAfterCommit(TenantContext.require());
        return CatalogDto.Category.of(c);
    }

    private void requireParent(UUID parentId) {
        if (parentId != null && categories.byId(parentId).isEmpty()) {
            throw new ApiException(422, "catalog-category-unknown", parentId);
        }
    }

    private void requireCodeFree(String code, UUID self) {
        categories.find("code", code).firstResultOptional().filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.conflict("catalog-code-taken", code);
        });
    }

    private int nextSortOrder(UUID parentId) {
        var query = categories.getEntityManager().createQuery(
                "select max(c.sortOrder) from Category c where " + (parentId == null ? "c.parentId is null" : "c.parentId = :parent"),
                Integer.class);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        Integer max = query.getSingleResult();
        return max == null ? 0 : max + 1;
    }

    Category require(UUID id) {
        return categories.byId(id).orElseThrow(() -> ApiException.notFound("Category", id));
    }
}
