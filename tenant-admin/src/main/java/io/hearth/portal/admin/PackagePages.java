package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.CatalogApi;
import io.hearth.portal.api.Texts;
import io.hearth.portal.web.Bundles;
import io.hearth.portal.web.FormErrors;
import io.hearth.portal.web.Msg;
import io.hearth.portal.web.PlatformProblem;
import io.hearth.portal.web.PlatformRefused;
import io.hearth.portal.web.PortalRoles;
import io.hearth.portal.web.UserLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Service packages ("2-hour basic clean"): create and edit — code, duration, price typed in yuan and sent in fen,
 * validity, the included items with their quantities (rows added and removed in the page), zh-CN and en texts —
 * and enable / disable. Owners and catalog managers, as the platform grants; the list is on {@code /catalog}.
 * Form field names are the platform's ({@code items[0].quantity}, {@code texts[en].name}) so its validation
 * errors land on the fields; rows are numbered as sent, blank rows left out.
 */
@Path("/catalog/packages")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
@Produces(MediaType.TEXT_HTML)
public class PackagePages {

    /** The platform's limit of included items ({@code PackageInput.items}). */
    static final int MAX_ROWS = 50;
    /** The item choices are read in pages of the platform's largest size, up to this many items. */
    static final int MAX_ITEM_CHOICES = 1000;
    static final int ITEM_PAGE = 200;

    private static final Pattern ROW_FIELD = Pattern.compile("items\\[(\\d{1,4})]\\.(itemId|quantity)");

    /** Platform refusals that concern one field ({@code PackageService}'s problem codes): shown there too. */
    static final Map<String, String> FIELD_OF_PROBLEM = Map.of("catalog-code-taken", "code",
            "catalog-validity-range", "validUntil", "catalog-package-item-twice", "items",
            "catalog-item-unknown", "items");

    /** One included item as typed: form fields {@code items[index].itemId} and {@code items[index].quantity}. */
    public record Row(int index, String itemId, String quantity) {

        public String key(String field) {
            return "items[" + index + "]." + field;
        }
    }

    /** What a package form shows: the values as typed (or loaded). */
    public record PackageForm(String id, Map<String, String> values, boolean enabled, boolean storedEnabled,
            List<Row> rows) {

        public String v(String field) {
            return values.getOrDefault(field, "");
        }

        public List<String> locales() {
            return CatalogPages.LOCALES;
        }

        public String key(String locale, String field) {
            return "texts[" + locale + "]." + field;
        }

        /** The index the next row added in the page gets. */
        public int nextIndex() {
            return rows.stream().mapToInt(Row::index).max().orElse(-1) + 1;
        }
    }

    @CheckedTemplate(basePath = "PackagePages")
    static class Templates {
        static native TemplateInstance packageForm(PackageForm form, List<CatalogApi.Item> items, String lang,
                String maxRows, FormErrors errors);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    UserLanguage language;

    @GET
    @Path("/new")
    public TemplateInstance newPackage() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("durationMinutes", "120");
        return Templates.packageForm(new PackageForm(null, values, true, false, List.of(new Row(0, "", "1"))),
                itemChoices(), language.tag(), Integer.toString(MAX_ROWS), FormErrors.none());
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance editPackage(@PathParam("id") String id) {
        CatalogApi.Package p = platform.catalogPackage(id);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", p.code());
        values.put("durationMinutes", Integer.toString(p.durationMinutes()));
        values.put("priceFen", Texts.yuan(p.priceFen()));
        values.put("validFrom", p.validFrom() == null ? "" : p.validFrom().toString());
        values.put("validUntil", p.validUntil() == null ? "" : p.validUntil().toString());
        if (p.texts() != null) {
            p.texts().forEach((locale, t) -> {
                values.put("texts[" + locale + "].name", CatalogPages.nz(t.name()));
                values.put("texts[" + locale + "].description", CatalogPages.nz(t.description()));
            });
        }
        List<Row> rows = new ArrayList<>();
        List<CatalogApi.Included> included = p.items() == null ? List.of() : p.items();
        for (int i = 0; i < included.size(); i++) {
            Integer q = included.get(i).quantity();
            rows.add(new Row(i, included.get(i).itemId(), q == null ? "" : q.toString()));
        }
        return Templates.packageForm(new PackageForm(p.id(), values, p.enabled(), p.enabled(), rows), itemChoices(),
                language.tag(), Integer.toString(MAX_ROWS), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        return save(null, form);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return save(id, form);
    }

    @POST
    @Path("/{id}/{action:enable|disable}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setEnabled(@PathParam("id") String id, @PathParam("action") String action) {
        platform.setPackageEnabled(id, action);
        return Response.seeOther(URI.create("/catalog?saved=true")).build();
    }

    private Response save(String id, MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        Msg msg = Bundles.of(Msg.class, language.locale());
        Tb ta = Bundles.of(Tb.class, language.locale());
        Forms check = new Forms(errors, msg);
        String code = check.required("code", form.getFirst("code"));
        Integer duration = check.integer("durationMinutes", form.getFirst("durationMinutes"), true);
        Long price = check.fen("priceFen", form.getFirst("priceFen"), true);
        LocalDate validFrom = check.date("validFrom", form.getFirst("validFrom"), false);
        LocalDate validUntil = check.date("validUntil", form.getFirst("validUntil"), false);
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : List.of("code", "durationMinutes", "priceFen", "validFrom", "validUntil")) {
            values.put(f, CatalogPages.nz(form.getFirst(f)));
        }

        List<Row> rows = rows(form);
        List<CatalogApi.Included> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            String itemId = check.required(row.key("itemId"), row.itemId());
            Integer quantity = check.integer(row.key("quantity"), row.quantity(), true);
            if (itemId != null && !seen.add(itemId)) {
                errors.field(row.key("itemId"), ta.itemTwice());
            }
            items.add(new CatalogApi.Included(itemId, quantity));
        }
        if (rows.isEmpty()) {
            errors.field("items", ta.packageNeedsItems());
        } else if (rows.size() > MAX_ROWS) {
            errors.field("items", ta.tooManyPackageItems(Integer.toString(MAX_ROWS)));
        }

        Map<String, CatalogApi.NamedText> texts = new LinkedHashMap<>();
        for (String locale : CatalogPages.LOCALES) {
            String name = Forms.trimmed(form.getFirst("texts[" + locale + "].name"));
            String description = Forms.trimmed(form.getFirst("texts[" + locale + "].description"));
            values.put("texts[" + locale + "].name", CatalogPages.nz(name));
            values.put("texts[" + locale + "].description", CatalogPages.nz(description));
            if (name != null || description != null) {
                if (name == null) {
                    errors.field("texts[" + locale + "].name", msg.required());
                }
                texts.put(locale, new CatalogApi.NamedText(name, description));
            }
        }
        if (texts.isEmpty()) {
            errors.field("texts[zh-CN].name", msg.required());
        }
        boolean enabled = form.containsKey("enabled");
        boolean storedEnabled = "true".equals(form.getFirst("storedEnabled"));

        if (!errors.any()) {
            if (id != null) {
                // languages this form does not edit (ja, ko) are kept
                CatalogApi.Package stored = platform.catalogPackage(id);
                if (stored.texts() != null) {
                    stored.texts().forEach((locale, text) -> {
                        if (!CatalogPages.LOCALES.contains(locale)) {
                            texts.putIfAbsent(locale, text);
                        }
                    });
                }
            }
            CatalogApi.PackageInput in = new CatalogApi.PackageInput(code, duration, price, validFrom, validUntil,
                    enabled, items, texts);
            try {
                if (id == null) {
                    platform.createPackage(in);
                } else {
                    platform.updatePackage(id, in);
                }
                return Response.seeOther(URI.create("/catalog?saved=true")).build();
            } catch (PlatformRefused e) {
                PlatformProblem problem = PlatformProblem.forForm(e);
                errors.platform(problem);
                String field = FIELD_OF_PROBLEM.get(problem.code());
                if (field != null && problem.detail() != null && !errors.has(field)) {
                    errors.field(field, problem.detail());
                }
            }
        }
        PackageForm shown = new PackageForm(id, values, enabled, storedEnabled,
                rows.isEmpty() ? List.of(new Row(0, "", "1")) : rows);
        return Response.status(422)
                .entity(Templates.packageForm(shown, itemChoices(), language.tag(), Integer.toString(MAX_ROWS), errors))
                .build();
    }

    /**
     * The included-item rows of a submitted form, in the order of their indexes; rows left blank (no item, no
     * quantity) are dropped and the rest renumbered from 0, as they are sent — so the platform's
     * {@code items[i]} errors name the row shown at {@code i}.
     */
    static List<Row> rows(MultivaluedMap<String, String> form) {
        Map<Integer, String[]> byIndex = new TreeMap<>();
        for (String name : form.keySet()) {
            Matcher m = ROW_FIELD.matcher(name);
            if (m.matches()) {
                String[] row = byIndex.computeIfAbsent(Integer.valueOf(m.group(1)), i -> new String[2]);
                row["itemId".equals(m.group(2)) ? 0 : 1] = Forms.trimmed(form.getFirst(name));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String[] row : byIndex.values()) {
            if (row[0] != null || row[1] != null) {
                rows.add(new Row(rows.size(), CatalogPages.nz(row[0]), CatalogPages.nz(row[1])));
            }
        }
        return rows;
    }

    /** The tenant's items (enabled or not) to choose from, by name in the viewer's language. */
    private List<CatalogApi.Item> itemChoices() {
        List<CatalogApi.Item> all = new ArrayList<>();
        for (int page = 0; all.size() < MAX_ITEM_CHOICES; page++) {
            CatalogApi.Page<CatalogApi.Item> p = platform.items(null, page, ITEM_PAGE);
            if (p == null || p.items() == null || p.items().isEmpty()) {
                break;
            }
            all.addAll(p.items());
            if (all.size() >= p.total()) {
                break;
            }
        }
        String lang = language.tag();
        all.sort(Comparator.comparing((CatalogApi.Item i) -> i.name(lang) == null ? "" : i.name(lang)));
        return all;
    }
}
