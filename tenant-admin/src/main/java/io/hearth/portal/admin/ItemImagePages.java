package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.CatalogApi;
import io.hearth.portal.api.FileApi;
import io.hearth.portal.web.Bundles;
import io.hearth.portal.web.FormErrors;
import io.hearth.portal.web.Msg;
import io.hearth.portal.web.PlatformProblem;
import io.hearth.portal.web.PlatformRefused;
import io.hearth.portal.web.PortalRoles;
import io.hearth.portal.web.UserLanguage;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The images of a service item, a section of the item's edit page: upload (the browser's multipart form goes to the
 * platform's file store as a SERVICE_IMAGE, then its id is appended to the item), remove, and order — the first
 * image is the cover. Each change is saved at once through the item update, with everything else sent back as
 * stored. htmx forms get the section back; plain forms a redirect (or the whole page with the error).
 */
@Path("/catalog/items/{id}/images")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
@Produces(MediaType.TEXT_HTML)
public class ItemImagePages {

    /** The platform keeps at most 20 images per item ({@code ItemInput.imageFileIds}). */
    static final int MAX_IMAGES = 20;
    static final String PURPOSE = "SERVICE_IMAGE";

    /** What the images section shows. */
    public record Images(String itemId, List<String> ids, FormErrors errors, String done, long maxBytes) {

        static Images of(CatalogApi.Item item, FormErrors errors, String done, long maxBytes) {
            return new Images(item.id(), item.imageFileIds() == null ? List.of() : item.imageFileIds(), errors,
                    done == null ? "" : done, maxBytes);
        }

        public int max() {
            return MAX_IMAGES;
        }

        public String maxText() {
            return Integer.toString(MAX_IMAGES);
        }

        public boolean full() {
            return ids.size() >= MAX_IMAGES;
        }

        public boolean last(int index) {
            return index == ids.size() - 1;
        }
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    UserLanguage language;

    @Inject
    CatalogPages pages;

    /** The portal's own request limit: a larger file is refused by the browser page before it is sent. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") String id, @RestForm("file") FileUpload file,
            @HeaderParam("HX-Request") String htmx) {
        CatalogApi.Item item = platform.item(id);
        FormErrors errors = FormErrors.none();
        List<String> images = new ArrayList<>(item.imageFileIds() == null ? List.of() : item.imageFileIds());
        if (file == null || file.uploadedFile() == null || file.size() <= 0) {
            errors.field("file", Bundles.of(Msg.class, language.locale()).required());
        } else if (images.size() >= MAX_IMAGES) {
            errors.field("file", ta().tooManyImages(Integer.toString(MAX_IMAGES)));
        } else {
            try {
                FileApi.Info stored = platform.uploadFile(file.uploadedFile().toFile(), PURPOSE);
                images.add(stored.id());
                item = platform.updateItem(id, withImages(item, images));
            } catch (PlatformRefused e) {
                PlatformProblem problem = PlatformProblem.forForm(e);
                errors.field("file", problem.detail() == null ? Bundles.of(Msg.class, language.locale()).errorText()
                        : problem.detail());
            }
        }
        return answer(item, errors, "added", htmx != null);
    }

    @POST
    @Path("/{fileId}/{action:cover|left|right|remove}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, @PathParam("fileId") String fileId,
            @PathParam("action") String action, @HeaderParam("HX-Request") String htmx) {
        CatalogApi.Item item = platform.item(id);
        List<String> current = item.imageFileIds() == null ? List.of() : item.imageFileIds();
        if (!current.contains(fileId)) {
            throw new NotFoundException();
        }
        FormErrors errors = FormErrors.none();
        try {
            item = platform.updateItem(id, withImages(item, moved(current, fileId, action)));
        } catch (PlatformRefused e) {
            errors.platform(PlatformProblem.forForm(e));
        }
        return answer(item, errors, "remove".equals(action) ? "removed" : "moved", htmx != null);
    }

    /** The image list after {@code action} on {@code fileId}: made the cover (first), moved one place, removed. */
    static List<String> moved(List<String> ids, String fileId, String action) {
        List<String> out = new ArrayList<>(ids);
        int at = out.indexOf(fileId);
        switch (action) {
            case "remove" -> out.remove(at);
            case "cover" -> out.add(0, out.remove(at));
            case "left" -> Collections.swap(out, at, Math.max(0, at - 1));
            case "right" -> Collections.swap(out, at, Math.min(out.size() - 1, at + 1));
            default -> throw new IllegalArgumentException(action);
        }
        return out;
    }

    /** The item as stored with another image list: the platform's update replaces everything. */
    static CatalogApi.ItemInput withImages(CatalogApi.Item i, List<String> images) {
        return new CatalogApi.ItemInput(i.categoryId(), i.unit(), i.basePriceFen(), i.defaultDurationMinutes(),
                i.minQuantity(), i.maxQuantity(), i.tags(), List.copyOf(images), i.enabled(), i.texts());
    }

    private Response answer(CatalogApi.Item item, FormErrors errors, String done, boolean htmx) {
        Images images = Images.of(item, errors, errors.any() ? "" : done, maxBody.asLongValue());
        if (htmx) {
            // htmx swaps 2xx answers only: a refusal comes back as the section showing it
            return Response.ok(CatalogPages.Templates.itemForm$images(images)).build();
        }
        if (errors.any()) {
            return Response.status(422).entity(pages.itemPage(item, FormErrors.none(), images)).build();
        }
        return Response.seeOther(URI.create("/catalog/items/" + item.id() + "/edit?images=" + done + "#images")).build();
    }

    private Tb ta() {
        return Bundles.of(Tb.class, language.locale());
    }
}
