CREATE INDEX "catalog_items_featured_created_idx" ON "catalog_items" USING btree ("featured","created_at");--> statement-breakpoint
CREATE INDEX "catalog_items_created_idx" ON "catalog_items" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "catalog_items_name_lower_idx" ON "catalog_items" USING btree (lower("name"));