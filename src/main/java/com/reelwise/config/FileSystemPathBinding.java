package com.reelwise.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads {@code reelwise.*} folders as file-system paths. Spring's default treats a {@link Path} setting as a resource
 * location, so {@code --reelwise.data-dir=../shared/datasets} stopped the app with "has been normalized to [null]";
 * a folder given relative to where the app starts is what a person means.
 */
@Component
@ConfigurationPropertiesBinding
public class FileSystemPathBinding implements Converter<String, Path> {

    @Override
    public Path convert(String source) {
        return Path.of(source.trim());
    }
}
