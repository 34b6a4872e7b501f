package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.course.domain.OfflineTrainingRow;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.rest.dto.OfflineTrainingImportDto;
import org.jgsw.portal.rest.dto.OfflineTrainingRowDto;
import org.jgsw.portal.training.OfflineTrainingImport;

/** Bulk recording of concentrated classes (集中培训/专题班) with a per-row report. */
@Path("offline-training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "offline-training", description = "集中培训记录导入")
public class OfflineTrainingResource {

  @Inject OfflineTrainingImport importer;
  @Context SecurityContext security;

  @POST
  @Path("import")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.TRAINING_ADMIN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Import attendance rows (staff number, class, start, end, hours); good rows are recorded, bad rows reported (row 1 = first element)")
  public OfflineTrainingImportDto importRows(List<OfflineTrainingRowDto> rows) {
    if (rows == null) {
      throw new BadRequestException("请求体应为导入行的数组");
    }
    List<OfflineTrainingRow> domainRows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      OfflineTrainingRowDto r = rows.get(i);
      domainRows.add(new OfflineTrainingRow(i + 1, r.person(), r.className(), r.start(), r.end(), r.hours()));
    }
    return toDto(importer.importRows(security.getUserPrincipal().getName(), domainRows));
  }

  @POST
  @Path("import")
  @Consumes({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed({Role.TRAINING_ADMIN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Import an Excel sheet with the columns 工号, 培训班名称, 开始日期, 结束日期, 学时 (first row a header)")
  public OfflineTrainingImportDto importWorkbook(InputStream body) {
    try {
      return toDto(importer.importRows(security.getUserPrincipal().getName(), OfflineTrainingImport.readWorkbook(body)));
    } catch (IOException | RuntimeException notExcel) {
      if (notExcel instanceof jakarta.ws.rs.WebApplicationException w) {
        throw w;
      }
      throw new BadRequestException("无法读取 Excel 文件：" + notExcel.getMessage());
    }
  }

  static OfflineTrainingImportDto toDto(OfflineTrainingImport.Result r) {
    return new OfflineTrainingImportDto(r.rows(), r.recorded(), r.classes(),
        r.problems().stream().map(p -> new OfflineTrainingImportDto.Problem(p.rowNumber(), p.column(), p.message())).toList());
  }
}
