package com.reelwise.api;

import java.util.List;

/** The {@code {"items": [...]}} envelope every list endpoint answers with, so fields can be added beside items later. */
public record ItemsResponse<T>(List<T> items) {
}
