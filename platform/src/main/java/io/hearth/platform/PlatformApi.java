package io.hearth.platform;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(info = @Info(title = "Hearth platform API", version = "0.1.0"), tags = {
        @Tag(name = "Session", description = "Who the caller is") })
public class PlatformApi extends Application {
}
