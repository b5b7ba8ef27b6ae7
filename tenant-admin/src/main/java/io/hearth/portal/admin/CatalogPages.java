package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.CatalogApi;
import io.hearth.portal.web.Bundles;
import io.hearth.portal.web.FormErrors;
import io.hearth.portal.web.Msg;
import io.hearth.portal.web.OffsetPager;
import io.hearth.portal.web.PlatformProblem;
import io.hearth.portal.web.PlatformRefused;
import io.hearth.portal.web.PortalRoles;
import io.hearth.portal.web.UserLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The catalog: categories (a tree), service items (paged) and the list of packages, with create/edit forms that
 * carry the Chinese and English texts side by side (packages: {@link PackagePages}; item images:
 * {@link ItemImagePages}). Front-office roles read; owners and catalog managers edit (the platform
 * grants the same).
 */
@Path("/catalog")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER, PortalRoles.DISPATCHER, PortalRoles.CUSTOMER_SERVICE })
@Produces(MediaType.TEXT_HTML)
public class CatalogPages {

    static final List<String> LOCALES = List.of("zh-CN", "en");
    static final int ITEMS_PER_PAGE = 20;

    /** A category with its depth in the tree, for indented lists and parent selects. */
    public record TreeRow(CatalogApi.Category category, int depth) {

        /** Left padding of the row in rem. */
        public String indent() {
            return Double.toString(depth * 1.5 + 0.5);
        }
    }

    /** What a category form shows: the values as typed (or loaded). */
    public record CategoryForm(String id, String code, String parentId, String sortOrder, boolean enabled,
            Map<String, String> values) {

        public String v(String field) {
            return values.getOrDefault(field, "");
        }

        public List<String> locales() {
            return LOCALES;
        }

        /** The form field of a translated text: {@code texts[zh-CN].name}, as the platform names it in errors. */
        public String key(String locale, String field) {
            return "texts[" + locale + "]." + field;
        }
    }

    /** What an item form shows; its images are a section of their own ({@link ItemImagePages}). */
    public record ItemForm(String id, Map<String, String> values, boolean enabled) {

        public String v(String field) {
            return values.getOrDefault(field, "");
        }

        public List<String> locales() {
            return LOCALES;
        }

        /** The form field of a translated text: {@code texts[zh-CN].name}, as the platform names it in errors. */
        public String key(String locale, String field) {
            return "texts[" + locale + "]." + field;
        }
    }

    @CheckedTemplate(basePath = "CatalogPages")
    static class Templates {
        static native TemplateInstance categories(List<TreeRow> rows, List<CatalogApi.Package> packages, String lang,
                boolean canEdit, boolean saved);

        static native TemplateInstance categoryForm(CategoryForm form, List<TreeRow> parents, String lang,
                FormErrors errors);

        static native TemplateInstance items(List<CatalogApi.Item> items, OffsetPager pager, List<TreeRow> categories,
                String categoryId, String lang, boolean canEdit, boolean saved);

        static native TemplateInstance itemForm(ItemForm form, List<TreeRow> categories, List<String> units,
                String lang, FormErrors errors, ItemImagePages.Images images);

        /** The images section of an existing item's form, alone: the answer to its htmx forms. */
        static native TemplateInstance itemForm$images(ItemImagePages.Images images);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    SecurityIdentity identity;

    @Inject
    UserLanguage language;

    /** The portal's request limit, above the platform's largest image: the upload form checks it in the browser. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    @GET
    public TemplateInstance categories(@QueryParam("saved") boolean saved) {
        return Templates.categories(tree(platform.categories()), platform.packages(), language.tag(), canEdit(), saved);
    }

    // ---- categories ----

    @GET
    @Path("/categories/new")
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public TemplateInstance newCategory() {
        return Templates.categoryForm(new CategoryForm(null, "", "", "0", true, Map.of()), tree(platform.categories()),
                language.tag(), FormErrors.none());
    }

    @GET
    @Path("/categories/{id}/edit")
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public TemplateInstance editCategory(@PathParam("id") String id) {
        CatalogApi.Category c = platform.category(id);
        Map<String, String> values = new LinkedHashMap<>();
        c.texts().forEach((locale, t) -> {
            values.put("texts[" + locale + "].name", t.name() == null ? "" : t.name());
            values.put("texts[" + locale + "].description", t.description() == null ? "" : t.description());
        });
        return Templates.categoryForm(new CategoryForm(c.id(), c.code(), c.parentId() == null ? "" : c.parentId(),
                Integer.toString(c.sortOrder()), c.enabled(), values), tree(platform.categories()), language.tag(),
                FormErrors.none());
    }

    @POST
    @Path("/categories")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public Response createCategory(MultivaluedMap<String, String> form) {
        return saveCategory(null, form);
    }

    @POST
    @Path("/categories/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public Response updateCategory(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return saveCategory(id, form);
    }

    private Response saveCategory(String id, MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        String code = check.required("code", form.getFirst("code"));
        Integer sortOrder = check.integer("sortOrder", form.getFirst("sortOrder"), false);
        Map<String, CatalogApi.NamedText> texts = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String locale : LOCALES) {
            String name = Forms.trimmed(form.getFirst("texts[" + locale + "].name"));
            String description = Forms.trimmed(form.getFirst("texts[" + locale + "].description"));
            values.put("texts[" + locale + "].name", name == null ? "" : name);
            values.put("texts[" + locale + "].description", description == null ? "" : description);
            if (name != null || description != null) {
                if (name == null) {
                    errors.field("texts[" + locale + "].name", msg().required());
                }
                texts.put(locale, new CatalogApi.NamedText(name, description));
            }
        }
        if (texts.isEmpty()) {
            errors.field("texts[zh-CN].name", msg().required());
        }
        boolean enabled = form.containsKey("enabled");
        String parentId = Forms.trimmed(form.getFirst("parentId"));
        CategoryForm shown = new CategoryForm(id, nz(form.getFirst("code")), nz(parentId),
                nz(form.getFirst("sortOrder")), enabled, values);
        if (!errors.any()) {
            if (id != null) {
                // languages this form does not edit (ja, ko) are kept
                platform.category(id).texts().forEach((locale, text) -> {
                    if (!LOCALES.contains(locale)) {
                        texts.putIfAbsent(locale, text);
                    }
                });
            }
            CatalogApi.CategoryInput in = new CatalogApi.CategoryInput(code, parentId, sortOrder, enabled, texts);
            try {
                if (id == null) {
                    platform.createCategory(in);
                } else {
                    platform.updateCategory(id, in);
                }
                return Response.seeOther(URI.create("/catalog?saved=true")).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return Response.status(422).entity(Templates.categoryForm(shown, tree(platform.categories()), language.tag(),
                errors)).build();
    }

    // ---- items ----

    @GET
    @Path("/items")
    public TemplateInstance items(@QueryParam("categoryId") String categoryId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("saved") boolean saved) {
        int p = Math.max(0, page);
        String category = Forms.trimmed(categoryId);
        CatalogApi.Page<CatalogApi.Item> items = platform.items(category, p, ITEMS_PER_PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("categoryId", category);
        return Templates.items(items.items(), OffsetPager.of("/catalog/items", filters, p, ITEMS_PER_PAGE, items.total()),
                tree(platform.categories()), category == null ? "" : category, language.tag(), canEdit(), saved);
    }

    @GET
    @Path("/items/new")
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public TemplateInstance newItem() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unit", "PER_HOUR");
        values.put("defaultDurationMinutes", "120");
        values.put("minQuantity", "1");
        return Templates.itemForm(new ItemForm(null, values, true), tree(platform.categories()),
                CatalogApi.UNITS, language.tag(), FormErrors.none(), null);
    }

    @GET
    @Path("/items/{id}/edit")
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public TemplateInstance editItem(@PathParam("id") String id, @QueryParam("images") String imagesDone) {
        CatalogApi.Item i = platform.item(id);
        return itemPage(i, FormErrors.none(), ItemImagePages.Images.of(i, FormErrors.none(),
                imagesDone == null ? "" : imagesDone.replaceAll("[^a-z]", ""), maxBody.asLongValue()));
    }

    /** An existing item's form as stored, with its images section (errors of an upload shown there). */
    TemplateInstance itemPage(CatalogApi.Item i, FormErrors errors, ItemImagePages.Images images) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("categoryId", i.categoryId());
        values.put("unit", i.unit());
        values.put("basePriceFen", io.hearth.portal.api.Texts.yuan(i.basePriceFen()));
        values.put("defaultDurationMinutes", Integer.toString(i.defaultDurationMinutes()));
        values.put("minQuantity", Integer.toString(i.minQuantity()));
        values.put("maxQuantity", i.maxQuantity() == null ? "" : i.maxQuantity().toString());
        values.put("tags", i.tags() == null ? "" : String.join(", ", i.tags()));
        i.texts().forEach((locale, t) -> {
            values.put("texts[" + locale + "].name", nz(t.name()));
            values.put("texts[" + locale + "].summary", nz(t.summary()));
            values.put("texts[" + locale + "].description", nz(t.description()));
        });
        return Templates.itemForm(new ItemForm(i.id(), values, i.enabled()), tree(platform.categories()),
                CatalogApi.UNITS, language.tag(), errors, images);
    }

    @POST
    @Path("/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public Response createItem(MultivaluedMap<String, String> form) {
        return saveItem(null, form);
    }

    @POST
    @Path("/items/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public Response updateItem(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return saveItem(id, form);
    }

    private Response saveItem(String id, MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        String categoryId = check.required("categoryId", form.getFirst("categoryId"));
        String unit = check.required("unit", form.getFirst("unit"));
        if (unit != null && !CatalogApi.UNITS.contains(unit)) {
            errors.field("unit", msg().required());
        }
        Long price = check.fen("basePriceFen", form.getFirst("basePriceFen"), true);
        Integer duration = check.integer("defaultDurationMinutes", form.getFirst("defaultDurationMinutes"), true);
        Integer min = check.integer("minQuantity", form.getFirst("minQuantity"), false);
        Integer max = check.integer("maxQuantity", form.getFirst("maxQuantity"), false);
        List<String> tags = Forms.blank(form.getFirst("tags")) ? List.of()
                : Arrays.stream(form.getFirst("tags").split("[,，]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        // the images section edits the images; a save keeps them as stored (a form rendered before an upload
        // must not drop the new image)
        CatalogApi.Item stored = id == null ? null : platform.item(id);
        List<String> images = stored == null || stored.imageFileIds() == null ? List.of() : stored.imageFileIds();
        Map<String, CatalogApi.ItemText> texts = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : List.of("categoryId", "unit", "basePriceFen", "defaultDurationMinutes", "minQuantity",
                "maxQuantity", "tags")) {
            values.put(f, nz(form.getFirst(f)));
        }
        for (String locale : LOCALES) {
            String name = Forms.trimmed(form.getFirst("texts[" + locale + "].name"));
            String summary = Forms.trimmed(form.getFirst("texts[" + locale + "].summary"));
            String description = Forms.trimmed(form.getFirst("texts[" + locale + "].description"));
            values.put("texts[" + locale + "].name", nz(name));
            values.put("texts[" + locale + "].summary", nz(summary));
            values.put("texts[" + locale + "].description", nz(description));
            if (name != null || summary != null || description != null) {
                if (name == null) {
                    errors.field("texts[" + locale + "].name", msg().required());
                }
                texts.put(locale, new CatalogApi.ItemText(name, summary, description, null, null));
            }
        }
        if (texts.isEmpty()) {
            errors.field("texts[zh-CN].name", msg().required());
        }
        boolean enabled = form.containsKey("enabled");
        if (!errors.any()) {
            if (stored != null) {
                keepWhatTheFormDoesNotEdit(stored.texts(), texts);
            }
            CatalogApi.ItemInput in = new CatalogApi.ItemInput(categoryId, unit, price, duration, min, max, tags, images,
                    enabled, texts);
            try {
                if (id == null) {
                    platform.createItem(in);
                } else {
                    platform.updateItem(id, in);
                }
                return Response.seeOther(URI.create("/catalog/items?saved=true")).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return Response.status(422).entity(Templates.itemForm(new ItemForm(id, values, enabled),
                tree(platform.categories()), CatalogApi.UNITS, language.tag(), errors,
                stored == null ? null : ItemImagePages.Images.of(stored, FormErrors.none(), "", maxBody.asLongValue())))
                .build();
    }

    @POST
    @Path("/items/{id}/{action:enable|disable}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public Response setItemEnabled(@PathParam("id") String id, @PathParam("action") String action) {
        platform.setItemEnabled(id, action);
        return Response.seeOther(URI.create("/catalog/items?saved=true")).build();
    }

    /**
     * The item form edits name, summary and description in zh-CN and en; the platform replaces all texts, so the
     * other languages and the texts this form does not show (tools brought, cleaning standard) are sent back as
     * they are.
     */
    static void keepWhatTheFormDoesNotEdit(Map<String, CatalogApi.ItemText> stored, Map<String, CatalogApi.ItemText> edited) {
        if (stored == null) {
            return;
        }
        stored.forEach((locale, old) -> {
            CatalogApi.ItemText now = edited.get(locale);
            if (now == null) {
                if (!LOCALES.contains(locale)) {
                    edited.put(locale, old);
                }
            } else {
                edited.put(locale, new CatalogApi.ItemText(now.name(), now.summary(), now.description(),
                        old.toolsBrought(), old.cleaningStandard()));
            }
        });
    }

    /** Categories in tree order (parents before their children, siblings by sort order). */
    static List<TreeRow> tree(List<CatalogApi.Category> all) {
        List<TreeRow> rows = new ArrayList<>();
        addChildren(all, null, 0, rows);
        return rows;
    }

    private static void addChildren(List<CatalogApi.Category> all, String parentId, int depth, List<TreeRow> rows) {
        if (depth > 10) {
            return;
        }
        all.stream().filter(c -> parentId == null ? c.parentId() == null : parentId.equals(c.parentId()))
                .sorted((a, b) -> Integer.compare(a.sortOrder(), b.sortOrder()))
                .forEach(c -> {
                    rows.add(new TreeRow(c, depth));
                    addChildren(all, c.id(), depth + 1, rows);
                });
    }

    private boolean canEdit() {
        return identity.hasRole(PortalRoles.OWNER) || identity.hasRole(PortalRoles.CATALOG_MANAGER);
    }

    private Msg msg() {
        return Bundles.of(Msg.class, language.locale());
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
